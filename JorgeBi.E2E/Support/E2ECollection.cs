namespace JorgeBi.E2E.Support;

/// <summary>Every browser test class joins this collection and so shares one app and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<AppFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "e2e";
}
