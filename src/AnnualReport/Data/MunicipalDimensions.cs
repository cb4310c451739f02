using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Which dimensions of a municipal indicator's cube hold the year, the region, the group and the
/// standard's breakdown (-1 for none). A mapping that does not fit the file is reported: at the
/// header of a CSV file or sheet (<see cref="ColumnCheck"/>), else at the catalogue.
/// </summary>
internal sealed record MunicipalDimensions(int Year, int Region, int Group, int Standard, Breakdown? StandardBreakdown)
{
    /// <summary>The dimensions, or null when one is missing or a dimension is left over.</summary>
    public static MunicipalDimensions? Resolve(Indicator indicator, DataCube cube, IndicatorCatalogue catalogue, OncePerKey errors)
    {
        int Dimension(string name) => cube.Dimensions.ToList().FindIndex(d => string.Equals(d.Id, name, StringComparison.OrdinalIgnoreCase));
        var (yearName, regionName) = (indicator.Data.YearDimension ?? cube.TimeDimension ?? "year", indicator.Data.RegionDimension ?? "region");
        var (year, region, group) = (Dimension(yearName), Dimension(regionName), Dimension(indicator.Data.GroupDimension));
        var standardBreakdown = indicator.Analysis.Standard is { } st ? catalogue.FindBreakdown(st.Breakdown) : null;
        var standardName = standardBreakdown is { } sb ? indicator.Data.Breakdowns.FirstOrDefault(b => b.Value == sb.Id).Key ?? sb.Id : null;
        var standard = standardName is null ? -1 : Dimension(standardName);
        var expected = new List<string> { yearName, regionName };
        expected.AddRange(group >= 0 || indicator.Groups.Count != 1 ? [indicator.Data.GroupDimension] : []);
        expected.AddRange(standardName is null ? [] : [standardName]);
        var columns = ColumnCheck.For(cube, indicator.Data, expected);
        if (year < 0 || region < 0)
        {
            if (columns is null)
            {
                errors.Add("unknown-dimension", Messages.Format("municipal-data.no-year-region", ("indicator", indicator.Id), ("dimensions", string.Join(", ", cube.Dimensions.Select(d => d.Id)))), indicator.Data.Where);
            }
            else
            {
                foreach (var (name, role) in new[] { (year, yearName, "year"), (region, regionName, "region") }.Where(d => d.Item1 < 0).Select(d => (d.Item2, d.Item3)))
                {
                    columns.Missing(name, Messages.Format($"mapping.role.{role}"), errors);
                }
            }

            return null;
        }

        if (group < 0 && indicator.Groups.Count != 1)
        {
            if (columns is null)
            {
                errors.Add("unknown-dimension", Messages.Format("municipal-data.no-group-dimension", ("indicator", indicator.Id), ("dimension", indicator.Data.GroupDimension)), indicator.Data.Where);
            }
            else
            {
                columns.Missing(indicator.Data.GroupDimension, Messages.Format("mapping.role.group"), errors);
            }

            return null;
        }

        var used = new[] { year, region, group, standard };
        foreach (var extra in cube.Dimensions.Where((d, i) => !used.Contains(i) && d.Size > 1))
        {
            if (columns is null)
            {
                errors.Add("unmapped-dimension", Messages.Format("municipal-data.unmapped-dimension", ("dimension", extra.Id), ("indicator", indicator.Id)), indicator.Data.Where);
            }
            else
            {
                columns.Unexpected(extra, errors);
            }
        }

        return errors.Count > 0 ? null : new MunicipalDimensions(year, region, group, standard, standardBreakdown);
    }
}
