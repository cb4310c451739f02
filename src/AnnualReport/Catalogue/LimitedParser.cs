using AnnualReport.Localization;
using AnnualReport.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AnnualReport.Catalogue;

/// <summary>
/// Passes YamlDotNet's parser events through, stopping at the first list or mapping nested
/// deeper than <see cref="InputLimits.MaxYamlDepth"/> and at the first alias. The representation
/// model is built recursively, so depth must be checked on the events, before it overflows the
/// stack; and an alias can make a few lines stand for billions of nodes (the "billion laughs").
/// </summary>
internal sealed class LimitedParser(IParser inner) : IParser
{
    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case MappingStart or SequenceStart when ++_depth > InputLimits.MaxYamlDepth:
                throw new YamlLimitException("too-deep", Messages.Format("yaml.too-deep", ("depth", InputLimits.MaxYamlDepth)), inner.Current.Start, inner.Current.End);
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
            case AnchorAlias alias:
                throw new YamlLimitException("yaml-alias", Messages.Format("yaml.alias", ("alias", SafeText.Excerpt(alias.Value.Value))), alias.Start, alias.End);
        }

        return true;
    }
}
