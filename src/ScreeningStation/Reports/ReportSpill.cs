namespace Screening.Station.Reports;

/// <summary>
/// The lists a report prints after its totals (SIR drafts, overrides, faults, alert changes, …),
/// written to a temporary file during the one pass over the log and read back when the document is
/// laid out. A year of finds and overrides is not held in memory; the file deletes itself on dispose.
/// </summary>
/// <remarks>One thread: the scan writes, then the writer reads.</remarks>
internal sealed class ReportSpill : IDisposable
{
    private readonly FileStream _file;
    private readonly BinaryWriter _writer;
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    public ReportSpill()
    {
        var path = Path.Combine(Path.GetTempPath(), $"screening-report-{Guid.NewGuid():N}.spill");
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose | FileOptions.SequentialScan);
        _writer = new BinaryWriter(_file, System.Text.Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>How many lines <paramref name="section"/> holds.</summary>
    public long Count(string section) => _counts.GetValueOrDefault(section);

    public void Add(string section, params string?[] cells)
    {
        _writer.Write(section);
        _writer.Write(cells.Length);
        foreach (var cell in cells)
        {
            _writer.Write(cell is not null);
            if (cell is not null)
            {
                _writer.Write(cell);
            }
        }

        _counts[section] = Count(section) + 1;
    }

    /// <summary>The lines of <paramref name="section"/>, in the order written (reads the whole file once).</summary>
    public IEnumerable<string?[]> Read(string section)
    {
        _writer.Flush();
        var end = _file.Length;
        _file.Position = 0;
        using var reader = new BinaryReader(_file, System.Text.Encoding.UTF8, leaveOpen: true);
        while (_file.Position < end)
        {
            var name = reader.ReadString();
            var cells = new string?[reader.ReadInt32()];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.ReadBoolean() ? reader.ReadString() : null;
            }

            if (string.Equals(name, section, StringComparison.Ordinal))
            {
                yield return cells;
            }
        }

        _file.Position = end;
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}
