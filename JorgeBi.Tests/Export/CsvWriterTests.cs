using JorgeBi.Core.Export;
using JorgeBi.Core.Leads;

namespace JorgeBi.Tests.Export;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void Field_Text_IsQuotedOnlyWhenRfc4180NeedsIt(string value, string expected) =>
        Assert.Equal(expected, CsvWriter.Field(value));

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1-555", "'+1-555")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("a=b", "a=b")]
    public void Field_TextAFormulaWouldRun_GetsASingleQuote(string value, string expected) =>
        Assert.Equal(expected, CsvWriter.Field(value));

    [Fact]
    public void Field_NumbersDatesAndNulls_AreWrittenInvariantAndUnguarded()
    {
        Assert.Equal("-5", CsvWriter.Field(-5m));
        Assert.Equal("44280.00", CsvWriter.Field(44280.00m));
        Assert.Equal("0.1", CsvWriter.Field(0.1));
        Assert.Equal("", CsvWriter.Field(null));
        Assert.Equal("2026-02-10T17:00:00.000Z", CsvWriter.Field(new DateTime(2026, 2, 10, 17, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public async Task WriteRow_EndsWithCrLf()
    {
        var writer = new StringWriter();

        await CsvWriter.WriteRowAsync(writer, ["a", 1L, null, "b,c"]);

        Assert.Equal("a,1,,\"b,c\"\r\n", writer.ToString());
    }
}
