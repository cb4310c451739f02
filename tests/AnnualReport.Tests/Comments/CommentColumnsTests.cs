using AnnualReport.Comments;
using AnnualReport.Localization;

namespace AnnualReport.Tests.Comments;

public sealed class CommentColumnsTests
{
    [Theory]
    [InlineData("nb")]
    [InlineData("en")]
    public void Every_kind_and_column_has_a_name_in_each_ui_language(string language)
    {
        var catalogue = Messages.For(language);
        var keys = AnnotationKinds.All.Select(k => "comments.kind." + k).Concat(CommentColumns.Keys.Select(k => "comments.column." + k));

        Assert.All(keys, key => Assert.DoesNotMatch(@"^\[", catalogue.Format(key)));
    }

    [Theory]
    [InlineData("2026-11-30T10:15:00+01:00", "2026-11-30 10:15")]
    [InlineData("2026-11-30T10:15:00Z", "2026-11-30 10:15")]
    [InlineData(null, "")]
    public void Dates_are_shown_to_the_minute(string? iso, string shown) => Assert.Equal(shown, CommentColumns.Date(iso));
}
