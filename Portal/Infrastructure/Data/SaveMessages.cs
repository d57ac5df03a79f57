namespace Portal.Infrastructure.Data;

public static class SaveMessages
{
    public const string ChangedByOthers = "这条数据已被他人修改，您的修改没有保存。请刷新后重新操作。";
}
