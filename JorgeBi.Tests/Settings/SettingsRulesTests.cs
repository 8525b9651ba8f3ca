using JorgeBi.Core.Settings;

namespace JorgeBi.Tests.Settings;

public sealed class SettingsRulesTests
{
    [Theory]
    [InlineData("America/Los_Angeles")]
    [InlineData("Europe/Berlin")]
    [InlineData("Asia/Kolkata")]
    [InlineData("UTC")]
    public void TimeZone_IanaId_Accepted(string zone) => Assert.True(SettingsRules.IsIanaZone(zone));

    [Theory]
    [InlineData("Pacific Standard Time")]   // Windows name: .NET would translate it, PostgreSQL would not know it
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("america/los_angeles")]     // the tz database is case-sensitive on disk
    [InlineData("../../etc/passwd")]
    [InlineData("")]
    public void TimeZone_NotAnIanaId_Refused(string zone) => Assert.False(SettingsRules.IsIanaZone(zone));

    [Fact]
    public void LocationChange_EveryBadValue_NamesItsField()
    {
        var errors = SettingsRules.Check("Bad Id", new LocationChange(" ", "PST8PDT-not", 0.2m, -1m)).ToDictionary();

        Assert.Equal(
            [SettingsFields.CommissionRate, SettingsFields.LocationId, SettingsFields.MonthlyCommissionTarget, SettingsFields.Name, SettingsFields.TimeZone],
            errors.Keys.Order());
    }

    [Fact]
    public void LocationId_All_RefusedAsReservedForEveryLocation() =>
        Assert.Contains(SettingsFields.LocationId, SettingsRules.Check("all", new LocationChange(Name: "All")).ToDictionary().Keys);

    [Theory]
    [InlineData(0.060001)]   // numeric(6,5) would round it
    [InlineData(0)]
    [InlineData(0.10001)]
    public void CommissionRate_OutsideTheColumn_Refused(double rate) =>
        Assert.Contains(SettingsFields.CommissionRate, SettingsRules.Check("x", new LocationChange(CommissionRate: (decimal)rate)).ToDictionary().Keys);

    [Fact]
    public void BotChange_BadTargets_NameTheirFields()
    {
        var errors = SettingsRules.Check(new BotChange(null, 0, 1.5m)).ToDictionary();

        Assert.Equal([SettingsFields.ResponseTargetMs, SettingsFields.SuccessTarget], errors.Keys.Order());
    }

    [Fact]
    public void Changes_WithinLimits_Pass()
    {
        Assert.True(SettingsRules.Check("main-office", new LocationChange("Main office", "Europe/Berlin", 0.055m, 200_000.50m)).IsEmpty);
        Assert.True(SettingsRules.Check(new BotChange("Seller", 60, 0.9m)).IsEmpty);
    }
}
