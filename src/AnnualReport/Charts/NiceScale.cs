namespace AnnualReport.Charts;

/// <summary>
/// A linear axis with round tick values: steps of 1, 2, 2.5 or 5 times a power of ten, about five
/// ticks, and a domain widened to whole steps.
/// </summary>
public sealed record NiceScale(double Min, double Max, double Step)
{
    public static NiceScale For(double min, double max, bool zeroBased, int targetTicks = 5)
    {
        if (zeroBased)
        {
            min = Math.Min(0, min);
            max = Math.Max(0, max);
        }

        if (max - min < 1e-9)
        {
            // A flat series still needs an axis: open a small window around its value.
            var pad = Math.Abs(max) > 0 ? Math.Abs(max) * 0.1 : 1;
            min = zeroBased && min >= 0 ? 0 : min - pad;
            max += pad;
        }

        var step = NiceStep((max - min) / targetTicks);
        return new NiceScale(Math.Floor(min / step + 1e-9) * step, Math.Ceiling(max / step - 1e-9) * step, step);
    }

    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round((Max - Min) / Step);
        for (var i = 0; i <= count; i++)
        {
            yield return Math.Round(Min + i * Step, 10);
        }
    }

    /// <summary>The fewest decimals that write every tick exactly (0 for steps of 10, 1 for steps of 2.5).</summary>
    public int TickDecimals()
    {
        for (var decimals = 0; decimals < 6; decimals++)
        {
            if (Ticks().All(t => Math.Abs(Math.Round(t, decimals) - t) < 1e-9))
            {
                return decimals;
            }
        }

        return 6;
    }

    /// <summary>Maps a value to a position between <paramref name="from"/> (at Min) and <paramref name="to"/> (at Max).</summary>
    public double Map(double value, double from, double to) => from + (value - Min) / (Max - Min) * (to - from);

    private static double NiceStep(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
