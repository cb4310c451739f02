using YamlDotNet.Core;

namespace AnnualReport.Catalogue;

/// <summary>A YAML file that parses but goes past one of our limits; <see cref="Code"/> is its diagnostic code.</summary>
internal sealed class YamlLimitException(string code, string message, Mark start, Mark end) : YamlException(start, end, message)
{
    public string Code { get; } = code;

    public string Reason { get; } = message;
}
