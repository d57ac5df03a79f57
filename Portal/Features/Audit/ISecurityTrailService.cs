namespace Portal.Features.Audit;

/// <summary>访问与安全记录: sign-ins and sign-outs, refused operations, backups, exports and account changes, for managers.</summary>
public interface ISecurityTrailService
{
    Task<PageData<SecuritySearch>> SearchAsync(SecurityQuery query, CancellationToken cancellationToken = default);
}
