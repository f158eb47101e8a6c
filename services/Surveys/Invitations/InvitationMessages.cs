using System.Globalization;
using CxPlatform.ServiceDefaults.Globalization;

namespace CxPlatform.Surveys.Invitations;

/// <summary>
/// The invitation's and the reminder's text in the survey's language: the survey's title (in the language the respondent will
/// see) as the subject, a short body with the link and the expiry. Built-in templates for English, German, French, Italian and
/// Spanish; other languages get the English text around the survey's own title.
/// </summary>
public static class InvitationMessages
{
    private sealed record Template(string ReminderPrefix, string Body, string Reminder, string Expiry, string Closing);

    private static readonly Dictionary<string, Template> Templates = new(StringComparer.Ordinal)
    {
        ["en"] = new("Reminder: ", "We would like to hear from you. Your answer takes about a minute:",
            "A short reminder: we would still like to hear from you. Your answer takes about a minute:",
            "The link works until {0}.", "Thank you!"),
        ["de"] = new("Erinnerung: ", "Wir würden gerne von Ihnen hören. Die Antwort dauert etwa eine Minute:",
            "Eine kurze Erinnerung: Wir würden gerne noch von Ihnen hören. Die Antwort dauert etwa eine Minute:",
            "Der Link gilt bis {0}.", "Vielen Dank!"),
        ["fr"] = new("Rappel : ", "Nous aimerions avoir votre avis. Répondre prend environ une minute :",
            "Un petit rappel : nous aimerions toujours avoir votre avis. Répondre prend environ une minute :",
            "Le lien est valable jusqu'au {0}.", "Merci !"),
        ["it"] = new("Promemoria: ", "Ci piacerebbe conoscere la sua opinione. Rispondere richiede circa un minuto:",
            "Un breve promemoria: ci piacerebbe ancora conoscere la sua opinione. Rispondere richiede circa un minuto:",
            "Il link è valido fino al {0}.", "Grazie!"),
        ["es"] = new("Recordatorio: ", "Nos gustaría conocer su opinión. Responder lleva alrededor de un minuto:",
            "Un breve recordatorio: todavía nos gustaría conocer su opinión. Responder lleva alrededor de un minuto:",
            "El enlace es válido hasta el {0}.", "¡Gracias!"),
    };

    public static string Subject(string title, string language, bool reminder)
    {
        var subject = (reminder ? TemplateFor(language).ReminderPrefix : "") + title.ReplaceLineEndings(" ").Trim();
        return subject.Length <= 200 ? subject : subject[..199] + "…";
    }

    public static string Body(string link, DateTimeOffset expiresAt, string language, bool reminder)
    {
        var template = TemplateFor(language);
        var culture = CultureFor(language);
        var expiry = string.Format(culture, template.Expiry, expiresAt.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", culture));
        return $"{(reminder ? template.Reminder : template.Body)}\n\n{link}\n\n{expiry}\n\n{template.Closing}\n";
    }

    private static Template TemplateFor(string language) =>
        Templates.GetValueOrDefault(LanguageTags.PrimaryLanguage(language)) ?? Templates["en"];

    private static CultureInfo CultureFor(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(Templates.ContainsKey(LanguageTags.PrimaryLanguage(language)) ? language : "en");
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
