using System.Collections.Concurrent;
using System.Text;
using Screening.Rules.Catalogue;

namespace Screening.Station.Reports;

/// <summary>
/// The middle stage of a report's pass (see <see cref="ReportScan"/>): turns each uncorrected Screening record
/// of a batch into its <see cref="ScreeningRow"/>, on its own thread, so parsing the bodies (the largest single
/// cost of an export) runs beside reading the log and beside writing the rows. Corrected records are left to
/// the row thread, which applies the corrections first.
/// </summary>
/// <remarks>
/// Own thread. Shares only what nobody writes during the pass: the catalogue and the corrections loaded before it.
/// A batch is this stage's from when it is taken from <c>read</c> until it is added to <c>parsed</c>.
/// </remarks>
internal sealed class RowParser(ItemCatalogue catalogue, bool includeReferences, Dictionary<long, List<(long Sequence, string Body)>> corrections)
{
    private readonly NameCache _names = new();

    public void Run(BlockingCollection<RecordBatch> read, BlockingCollection<RecordBatch> parsed, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var batch in read.GetConsumingEnumerable(cancellationToken))
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    var sequence = batch.Sequences[i];
                    if (batch.InPeriod[i] && batch.Field(i, RecordBatch.Kind).SequenceEqual("Screening"u8) && (corrections.Count == 0 || !corrections.ContainsKey(sequence)))
                    {
                        batch.Rows[i] = ReportScan.ParseRow(sequence, Encoding.UTF8.GetString(batch.Field(i, RecordBatch.Time)), _names.Get(batch.Field(i, RecordBatch.Lane)),
                            batch.Field(i, RecordBatch.Body), Encoding.UTF8.GetString(batch.Field(i, RecordBatch.Hash)), null, catalogue, includeReferences, _names);
                    }
                }

                parsed.Add(batch, cancellationToken);
            }
        }
        finally
        {
            parsed.CompleteAdding();
        }
    }
}

/// <summary>
/// One string for each of the few names a log repeats on every row (lanes, statuses, categories, officers,
/// searches, items), instead of a new string per row: a small table of recent names by a hash of their bytes,
/// a name that collides simply replacing the one before. One thread.
/// </summary>
internal sealed class NameCache
{
    private const int Slots = 256;
    private const int LongestName = 64;
    private readonly byte[]?[] _bytes = new byte[Slots][];
    private readonly string[] _names = new string[Slots];

    public string Get(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty)
        {
            return "";
        }

        if (text.Length > LongestName)
        {
            return Encoding.UTF8.GetString(text);
        }

        var slot = (int)((uint)((text.Length * 31) + (text[0] * 7) + (text[^1] * 131) + (text[text.Length / 2] * 17)) % Slots);
        if (_bytes[slot] is { } bytes && text.SequenceEqual(bytes))
        {
            return _names[slot];
        }

        // The same bytes always decode to the same string (invalid bytes replaced alike), so any can be kept.
        var decoded = Encoding.UTF8.GetString(text);
        _bytes[slot] = text.ToArray();
        _names[slot] = decoded;
        return decoded;
    }
}
