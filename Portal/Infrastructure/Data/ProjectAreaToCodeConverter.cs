using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Domain.SocialAssistance;

namespace Portal.Infrastructure.Data;

/// <summary>A project's area is stored as its code in the district's list of areas (社会救助: social-assistance).</summary>
internal sealed class ProjectAreaToCodeConverter() : ValueConverter<ProjectArea, string>(area => area.Code, code => new ProjectArea(code));
