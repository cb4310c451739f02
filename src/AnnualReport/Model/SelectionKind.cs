namespace AnnualReport.Model;

/// <summary>The kinds of <see cref="SelectionExpression"/>.</summary>
public enum SelectionKind
{
    All,
    Top,
    Bottom,
    From,
    To,
}
