using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Which codes of the group and breakdown dimensions an indicator uses: a code renamed by
/// <c>codes</c> (per dimension first, then flat) to a group or category the indicator lists is
/// used; a code the catalogue ignores (<c>ignore: [codes]</c>, or <c>ignore: unlisted</c> for every
/// code not renamed and not listed) is left out and remembered for <c>validate --verbose</c>.
/// A code renamed to something the indicator does not list is an error, never dropped. So that
/// <c>unlisted</c> cannot hide a misspelling, each group and category it applies to must be found.
/// </summary>
internal sealed class CodeSelection(Indicator indicator, DataCube cube, int group, IReadOnlyList<(int Position, Breakdown? Breakdown)> breakdowns, OncePerKey errors)
{
    private readonly DataSource _source = indicator.Data;
    private readonly List<IgnoredCode> _ignored = [];
    private readonly HashSet<IgnoredCode> _seen = [];
    private readonly HashSet<int> _totals = [];
    private readonly HashSet<(int Position, string Id)> _found = [];
    private bool _anyCell;

    public IReadOnlyList<IgnoredCode> Ignored => _ignored;

    /// <summary>Checks that per-dimension maps and ignore rules name dimensions of the file and codes it has.</summary>
    public void CheckDeclarations()
    {
        var dimensions = string.Join(", ", cube.Dimensions.Select(d => d.Id));
        foreach (var name in _source.DimensionCodes.Keys.Concat(_source.Ignore.Keys).Where(k => k != IgnoredCodes.AnyDimension && cube.FindDimension(k) is null))
        {
            errors.Add("unknown-dimension", Messages.Format("mappings.no-such-dimension", ("dimension", SafeText.Excerpt(name)), ("dimensions", dimensions)), _source.Where, name);
        }

        var roles = breakdowns.Select(b => b.Position).Prepend(group).Where(p => p >= 0).Select(p => cube.Dimensions[p]).ToList();
        foreach (var (name, rule) in _source.Ignore)
        {
            var within = name == IgnoredCodes.AnyDimension ? roles : cube.FindDimension(name) is { } d ? [d] : [];
            foreach (var (code, where) in rule.Codes.Where(c => within.Count > 0 && within.All(d => d.IndexOf(c.Code) < 0)))
            {
                errors.Add("unknown-category", Messages.Format("mappings.ignored-not-in-file", ("code", SafeText.Excerpt(code)), ("dimensions", string.Join(", ", within.Select(d => d.Id)))), where);
            }
        }
    }

    /// <summary>The cell's group id; null when the cell is ignored or wrong (reported).</summary>
    public string? Group(CubeCell cell, IndicatorCatalogue catalogue)
    {
        _anyCell = true;
        if (group < 0)
        {
            return indicator.Groups[0];
        }

        var dimension = cube.Dimensions[group].Id;
        var code = cell.Codes[group];
        var id = _source.Id(dimension, code);
        var rule = _source.IgnoreFor(dimension);
        if (Listed(rule, code))
        {
            return Ignore(dimension, code);
        }

        if (indicator.Groups.Contains(id))
        {
            _found.Add((group, id));
            return id;
        }

        if (_source.IsMapped(dimension, code))
        {
            errors.Add("mapped-not-listed", Messages.Format("mappings.mapped-group-not-listed", ("code", SafeText.Excerpt(code)), ("id", SafeText.Excerpt(id)), ("listed", string.Join(", ", indicator.Groups))), cube.WhereOf(cell, group), $"{dimension}/{code}");
            return null;
        }

        if (rule?.Unlisted == true)
        {
            return Ignore(dimension, code);
        }

        if (catalogue.FindGroup(id) is null)
        {
            errors.Add("unknown-group", Messages.Format("mappings.unknown-group", ("group", SafeText.Excerpt(id)), ("known", string.Join(", ", catalogue.Groups.Where(g => !g.IsPopulation).Select(x => x.Id))), ("unlisted", "ignore: unlisted")), cube.WhereOf(cell, group), id);
        }

        // A group of the catalogue this indicator does not show (not renamed by codes): not its figures.
        return null;
    }

    /// <summary>The breakdown and category of a cell (both null for the total); null when the cell is ignored, wrong or a cross-table.</summary>
    public (string? Breakdown, string? Category)? Key(CubeCell cell)
    {
        (string?, string?) key = (null, null);
        var skip = false;
        foreach (var (position, breakdown) in breakdowns.Where(b => b.Breakdown is not null))
        {
            var dimension = cube.Dimensions[position].Id;
            var code = cell.Codes[position];
            var id = _source.Id(dimension, code);
            if (!_source.NoTotal && (code == _source.Total || id == _source.Total))
            {
                _totals.Add(position);
                continue;
            }

            var rule = _source.IgnoreFor(dimension);
            if (Listed(rule, code) || (breakdown!.FindCategory(id) is null && !_source.IsMapped(dimension, code) && rule?.Unlisted == true))
            {
                Ignore(dimension, code);
                skip = true;
                continue;
            }

            if (breakdown.FindCategory(id) is null)
            {
                var known = string.Join(", ", breakdown.Categories.Select(c => c.Id));
                errors.Add(
                    _source.IsMapped(dimension, code) ? "mapped-not-listed" : "unknown-category",
                    _source.IsMapped(dimension, code)
                        ? Messages.Format("mappings.mapped-category-not-listed", ("code", SafeText.Excerpt(code)), ("id", SafeText.Excerpt(id)), ("breakdown", breakdown.Id), ("listed", known))
                        : Messages.Format("mapping.unknown-category", ("category", SafeText.Excerpt(id)), ("breakdown", breakdown.Id), ("known", known), ("total", _source.Total)),
                    cube.WhereOf(cell, position),
                    $"{breakdown.Id}/{id}");
                return null;
            }

            _found.Add((position, id));

            // Broken down by two breakdowns at once: a cross-table, not a series of its own.
            skip |= key.Item1 is not null;
            key = (breakdown.Id, id);
        }

        return skip ? null : key;
    }

    /// <summary>
    /// After every cell: a breakdown without its total (unless <c>total: none</c>) and, under
    /// <c>ignore: unlisted</c>, a listed group or category no code gave.
    /// </summary>
    public void CheckFound()
    {
        if (!_anyCell)
        {
            return;
        }

        // Categories without their total: the chart of the groups' totals would be empty.
        foreach (var (position, breakdown) in breakdowns.Where(b => b.Breakdown is not null && !_source.NoTotal && !_totals.Contains(b.Position) && _found.Any(f => f.Position == b.Position)))
        {
            var dimension = cube.Dimensions[position];
            errors.Add("missing-total", Messages.Format("mappings.missing-total", ("dimension", dimension.Id), ("total", _source.Total), ("breakdown", breakdown!.Id), ("none", "total: none")), dimension.Where ?? _source.Where);
        }

        if (group >= 0 && _source.IgnoreFor(cube.Dimensions[group].Id) is { Unlisted: true } groupRule)
        {
            foreach (var id in indicator.Groups.Where(g => !_found.Contains((group, g))))
            {
                errors.Add("listed-not-found", Messages.Format("mappings.group-not-found", ("id", id), ("dimension", cube.Dimensions[group].Id)), groupRule.Where, $"group/{id}");
            }
        }

        foreach (var (position, breakdown) in breakdowns.Where(b => b.Breakdown is not null))
        {
            if (_source.IgnoreFor(cube.Dimensions[position].Id) is { Unlisted: true } rule)
            {
                foreach (var category in breakdown!.Categories.Where(c => !_found.Contains((position, c.Id))))
                {
                    errors.Add("listed-not-found", Messages.Format("mappings.category-not-found", ("id", category.Id), ("breakdown", breakdown.Id), ("dimension", cube.Dimensions[position].Id)), rule.Where, $"{breakdown.Id}/{category.Id}");
                }
            }
        }
    }

    private static bool Listed(IgnoredCodes? rule, string code) => rule?.Codes.Any(c => c.Code == code) == true;

    private string? Ignore(string dimension, string code)
    {
        var ignored = new IgnoredCode(dimension, code);
        if (_seen.Add(ignored))
        {
            _ignored.Add(ignored);
        }

        return null;
    }
}
