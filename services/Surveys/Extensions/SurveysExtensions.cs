using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Messaging;
using CxPlatform.Surveys.Infrastructure;
using CxPlatform.Surveys.Invitations;
using CxPlatform.Surveys.Responding;
using CxPlatform.Surveys.Results;

namespace CxPlatform.Surveys.Extensions;

public static class SurveysExtensions
{
    public static IHostApplicationBuilder AddSurveys(this IHostApplicationBuilder builder)
    {
        // Called here, not in ServiceDefaults: the validation source generator only sees the endpoints of the project that calls it.
        builder.Services.AddValidation();
        builder.AddCxDbContext<SurveysDbContext>(ResourceNames.SurveysDb);
        builder.AddMessaging(ResourceNames.Surveys);

        builder.Services.AddOptions<SurveysOptions>()
            .Bind(builder.Configuration.GetSection(SurveysOptions.SectionName))
            .Validate(options => InvitationTokens.IsUsableKey(options.InvitationSigningKey),
                $"Configure '{SurveysOptions.SectionName}:InvitationSigningKey' (Surveys__InvitationSigningKey): base64 of at least 32 random bytes.")
            .Validate(options => options.DefaultInvitationLifetime > TimeSpan.Zero && options.DefaultInvitationLifetime <= options.MaxInvitationLifetime,
                "The default invitation lifetime must be positive and within the maximum.")
            .ValidateOnStart();
        builder.Services.AddSingleton<InvitationTokens>();
        builder.Services.AddSingleton<InvitationLinks>();
        builder.Services.AddScoped<InvitationAccess>();
        builder.Services.AddScoped<SurveyResultsQuery>();
        return builder;
    }
}
