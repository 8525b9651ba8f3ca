using JorgeBi.Core.Demo;

namespace JorgeBi.Data.Seeding;

/// <summary>
/// What an embedded database created by this start gets before the app serves (see
/// <see cref="Hosting.AppDatabase.NeedsDemoData"/>): three years of demo history and the owner's account.
/// </summary>
public sealed class FirstStartData(DemoSeeder seeder, FirstOwner owner, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        await seeder.SeedAsync(new DemoOptions(DemoScale.Demo, Seed: 42, Months: 36, End: clock.GetUtcNow()), ct: ct);
        await owner.CreateAsync(ct);
    }
}
