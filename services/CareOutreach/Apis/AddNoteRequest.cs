using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Domain;

namespace CxPlatform.Care.Apis;

public sealed record AddNoteRequest([Required, StringLength(CustomerLimits.NoteLength, MinimumLength = 1)] string Text);
