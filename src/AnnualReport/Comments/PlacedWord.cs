namespace AnnualReport.Comments;

/// <summary>A word on a PDF page and its box, in PDF units with y growing upwards.</summary>
internal sealed record PlacedWord(string Text, double Left, double Right, double Bottom, double Top)
{
    public double Middle => (Bottom + Top) / 2;
}
