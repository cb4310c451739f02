namespace AnnualReport.Model;

/// <summary>The three levels of the indicator system (hovedindikator, supplerende, grunnlagstall).</summary>
public enum IndicatorLevel
{
    Main,
    Supplementary,
    BaseFigures,
}
