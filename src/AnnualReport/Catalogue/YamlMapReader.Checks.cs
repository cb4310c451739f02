using System.Globalization;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Catalogue;

/// <summary>Values with limits: ids that become file names and anchors, and numbers within their range.</summary>
internal sealed partial class YamlMapReader
{
    /// <summary>
    /// A required id that becomes part of a file name, URL or anchor, so it must be a
    /// <see cref="SafeName.IsSafeId">safe id</see>; <paramref name="letterFirst"/> when it is also
    /// used as a CSS identifier, which cannot start with a digit; <paramref name="reserved"/> are
    /// names (in any case) taken by files the program writes itself.
    /// </summary>
    public string RequiredId(string key, string what, bool letterFirst = false, IReadOnlyCollection<string>? reserved = null)
    {
        var scalar = Scalar(key, required: true);
        if (scalar?.Value is not { } id)
        {
            return string.Empty;
        }

        if (!SafeName.IsSafeId(id) || (letterFirst && !char.IsAsciiLetter(id[0])))
        {
            var rule = letterFirst ? SafeName.IdRuleLetterFirst : SafeName.IdRule;
            var message = SafeName.IsReservedDeviceName(id) ? "catalogue.unsafe-id-device" : "catalogue.unsafe-id";
            Report("unsafe-name", Messages.Format(message, ("what", Messages.Format($"catalogue.noun.{what}-definite")), ("id", SafeText.Excerpt(id)), ("rule", rule)), scalar);
        }

        else if (reserved?.Contains(id, StringComparer.OrdinalIgnoreCase) == true)
        {
            Report("unsafe-name", Messages.Format("catalogue.reserved-id", ("what", Messages.Format($"catalogue.noun.{what}-definite")), ("id", id), ("page", $"{id.ToLowerInvariant()}.html")), scalar);
        }

        return id;
    }

    /// <summary>An optional whole number from <paramref name="min"/> to <paramref name="max"/>; outside that it is reported.</summary>
    public int? OptionalInt(string key, int min, int max)
    {
        var value = OptionalInt(key);
        if (value is { } v && (v < min || v > max))
        {
            Report("wrong-type", Messages.Format("catalogue.int-range", ("key", key), ("min", min), ("max", max), ("value", v)), Node(key)!);
            return null;
        }

        return value;
    }

    /// <summary>A required whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int RequiredInt(string key, int min, int max)
    {
        if (!Has(key))
        {
            ReportMissing(key);
            return 0;
        }

        return OptionalInt(key, min, max) ?? 0;
    }

    /// <summary>An optional number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public double? OptionalDouble(string key, double min, double max)
    {
        var value = OptionalDouble(key);
        if (value is { } v && (v < min || v > max))
        {
            Report("wrong-type", Messages.Format("catalogue.number-range", ("key", key), ("min", min), ("max", max), ("value", SafeText.Excerpt(Node(key) is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } text } ? text : v.ToString(CultureInfo.InvariantCulture), 20))), Node(key)!);
            return null;
        }

        return value;
    }
}
