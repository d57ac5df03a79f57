namespace Portal.Benchmarks.ColdStart;

public static class ColdStartSuite
{
    public static Task<int> RunAsync(string[] args, bool smoke) => Task.FromResult(0);
}
