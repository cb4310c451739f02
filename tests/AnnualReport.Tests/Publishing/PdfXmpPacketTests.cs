using System.Xml.Linq;
using AnnualReport.Publishing;

namespace AnnualReport.Tests.Publishing;

public sealed class PdfXmpPacketTests
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private static XDocument Parse(string packet) => XDocument.Parse(packet.TrimStart('\uFEFF'));

    [Fact]
    public void The_isbn_is_the_dc_identifier_as_a_urn()
    {
        var xmp = Parse(PdfXmpPacket.Build("Integrering i Norge 2025", "nb", "IMDi", null, null, "urn:isbn:978-82-537-1234-5"));

        Assert.Equal("urn:isbn:978-82-537-1234-5", Assert.Single(xmp.Descendants(Dc + "identifier")).Value);
    }

    [Fact]
    public void Without_a_number_there_is_no_dc_identifier()
    {
        var xmp = Parse(PdfXmpPacket.Build("Integrering i Norge 2025", "nb", "IMDi", null, null));

        Assert.Empty(xmp.Descendants(Dc + "identifier"));
    }
}
