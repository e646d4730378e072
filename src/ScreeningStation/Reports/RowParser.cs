using System.Collections.Concurrent;
using System.Text;
using System.Text.Unicode;
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
    private readonly NameCache _lanes = new();

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
                        batch.Rows[i] = ReportScan.ParseRow(sequence, Encoding.UTF8.GetString(batch.Field(i, RecordBatch.Time)), _lanes.Get(batch.Field(i, RecordBatch.Lane)),
                            batch.Field(i, RecordBatch.Body), Encoding.UTF8.GetString(batch.Field(i, RecordBatch.Hash)), null, catalogue, includeReferences);
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
/// One string for each of the few names a log repeats on every row (lanes, closing statuses), instead of
/// a new string per row. One thread.
/// </summary>
internal sealed class NameCache
{
    private const int Limit = 64;
    private readonly List<(byte[] Bytes, string Name)> _names = [];

    public string Get(ReadOnlySpan<byte> text)
    {
        foreach (var (bytes, name) in _names)
        {
            if (text.SequenceEqual(bytes))
            {
                return name;
            }
        }

        var decoded = Encoding.UTF8.GetString(text);
        if (_names.Count < Limit && Utf8.IsValid(text))
        {
            _names.Add((text.ToArray(), decoded));
        }

        return decoded;
    }
}
