namespace Portal.Domain.Common;

/// <summary>A street office (街道办事处) of a district: the unit street staff belong to.</summary>
public sealed class Street
{
    public const int NameMaxLength = 50;

    internal Street(Guid id, Guid districtId, string code, string name, int order)
    {
        Id = id;
        DistrictId = districtId;
        Code = code;
        Name = name;
        Order = order;
    }

    public Guid Id { get; private set; }

    public Guid DistrictId { get; private set; }

    /// <summary>A stable pinyin slug (xinjiekou): ids change between databases, codes do not.</summary>
    public string Code { get; private set; }

    /// <summary>The short name as the bureau writes it (新街口); <see cref="FullName"/> adds 街道.</summary>
    public string Name { get; private set; }

    public string FullName => Name + "街道";

    /// <summary>The bureau's customary listing order.</summary>
    public int Order { get; private set; }
}
