using JorgeBi.Core.Demo;
using JorgeBi.Data.Hosting;

namespace JorgeBi.Data.Seeding;

/// <summary>What an embedded database created by this start gets before the app serves: three years of demo history and the owner's account.</summary>
public sealed class FirstStartData(AppDatabase database, DemoSeeder seeder, FirstOwner owner, TimeProvider clock)
{
    /// <summary>Seeds when <see cref="AppDatabase.NeedsDemoData"/> says so; otherwise does nothing.</summary>
    public async Task SeedIfDueAsync(CancellationToken ct)
    {
        if (!database.NeedsDemoData) return;
        await seeder.SeedAsync(new DemoOptions(DemoScale.Demo, Seed: 42, Months: 36, End: clock.GetUtcNow()), ct: ct);
        await owner.CreateAsync(ct);
    }
}
