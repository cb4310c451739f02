using System.Text;
using AnnualReport.Publishing;

namespace AnnualReport.Tests.Publishing;

/// <summary>Untagged painting becomes artifacts; tagged content and every original byte stay as they were.</summary>
public sealed class PdfArtifactMarkerTests
{
    private static string Mark(string content) => Encoding.Latin1.GetString(PdfArtifactMarker.Mark(Encoding.Latin1.GetBytes(content)));

    private static string Squeeze(string content) => string.Join(' ', content.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Untagged_painting_before_tagged_content_is_one_artifact_that_ends_before_the_tag()
    {
        var marked = Mark("q 1 1 1 rg 0 0 643 949 re f Q /P <</MCID 0>> BDC BT (Hi) Tj ET EMC");

        Assert.Equal("q 1 1 1 rg /Artifact BMC 0 0 643 949 re f Q EMC /P <</MCID 0>> BDC BT (Hi) Tj ET EMC", Squeeze(marked));
    }

    [Fact]
    public void A_running_footer_in_its_own_text_object_becomes_an_artifact()
    {
        var marked = Mark("/P <</MCID 0>> BDC BT (Text) Tj ET EMC BT (5)Tj ET");

        Assert.Equal("/P <</MCID 0>> BDC BT (Text) Tj ET EMC /Artifact BMC BT (5)Tj ET EMC", Squeeze(marked));
    }

    [Fact]
    public void Inside_a_text_object_with_tagged_runs_only_the_untagged_run_is_wrapped()
    {
        var marked = Mark("BT /P <</MCID 0>> BDC (a) Tj EMC (b)Tj[(c)]TJ ET");

        Assert.Equal("BT /P <</MCID 0>> BDC (a) Tj EMC /Artifact BMC (b)Tj EMC /Artifact BMC [(c)]TJ EMC ET", Squeeze(marked));
    }

    [Fact]
    public void Clipping_paths_and_state_alone_are_not_wrapped()
    {
        Assert.Equal("q 0 0 10 10 re W* n Q", Squeeze(Mark("q 0 0 10 10 re W* n Q")));
    }

    [Fact]
    public void Strings_and_inline_image_data_that_look_like_operators_are_not_read_as_operators()
    {
        var marked = Mark("/P <</MCID 0>> BDC BT (EMC \\) BDC) Tj ET EMC BI /W 2 /H 1 ID \u0001EMC f\u0002 EI");

        Assert.Equal("/P <</MCID 0>> BDC BT (EMC \\) BDC) Tj ET EMC /Artifact BMC BI /W 2 /H 1 ID \u0001EMC f\u0002 EI EMC", Squeeze(marked));
    }

    [Fact]
    public void Every_original_byte_is_kept_in_order()
    {
        const string content = "q .5 g 1 0 0 -1 0 842 cm 10 10 m 20 20 l S /Span <</MCID 3>> BDC BT /F1 9 Tf <0032>Tj ET EMC 0 0 5 5 re f";

        var marked = Mark(content).Replace("/Artifact BMC", string.Empty, StringComparison.Ordinal).Replace("\nEMC\n", string.Empty, StringComparison.Ordinal);

        Assert.Equal(Squeeze(content), Squeeze(marked));
    }
}
