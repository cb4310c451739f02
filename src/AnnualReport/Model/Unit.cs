namespace AnnualReport.Model;

/// <summary>The unit an indicator is measured in; decides formatting and what a change is called.</summary>
public enum Unit
{
    Percent,
    PercentagePoints,
    Count,
    Nok,
    PerThousand,
}
