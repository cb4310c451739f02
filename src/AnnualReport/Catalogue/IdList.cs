using System.Collections;

namespace AnnualReport.Catalogue;

/// <summary>
/// Ids in catalogue order with constant-time lookup. Every indicator checks its theme, groups and
/// breakdowns against these; with lists, a catalogue of many thousand ids took minutes.
/// <see cref="Enumerable.Contains{TSource}(IEnumerable{TSource}, TSource)"/> uses the lookup
/// because this is an <see cref="ICollection{T}"/>.
/// </summary>
internal sealed class IdList : IReadOnlyList<string>, ICollection<string>
{
    private readonly List<string> _ids;
    private readonly HashSet<string> _set;

    public IdList(IEnumerable<string> ids)
    {
        _ids = ids.ToList();
        _set = new HashSet<string>(_ids, StringComparer.Ordinal);
    }

    public int Count => _ids.Count;

    public bool IsReadOnly => true;

    public string this[int index] => _ids[index];

    public bool Contains(string item) => _set.Contains(item);

    public void CopyTo(string[] array, int arrayIndex) => _ids.CopyTo(array, arrayIndex);

    public IEnumerator<string> GetEnumerator() => _ids.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void ICollection<string>.Add(string item) => throw new NotSupportedException();

    void ICollection<string>.Clear() => throw new NotSupportedException();

    bool ICollection<string>.Remove(string item) => throw new NotSupportedException();
}
