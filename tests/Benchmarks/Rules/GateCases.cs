using Screening.Rules;
using Screening.Rules.Catalogue;
using Screening.Rules.Model;

namespace Screening.Benchmarks.Rules;

/// <summary>
/// The same case in the shape a RulesEngine user would pass it: a typed object of plain values.
/// Properties, not fields, because System.Linq.Dynamic.Core binds to properties.
/// </summary>
public sealed class GateInput
{
    public string Category { get; init; } = "";

    /// <summary>Whole years, or -1 when not recorded.</summary>
    public int Age { get; init; }

    public string Establishment { get; init; } = "";

    public int StateLevel { get; init; }

    public bool ShutDown { get; init; }

    public string[] Flags { get; init; } = [];

    public string[] AuthorisedItems { get; init; } = [];

    public bool MetalAlarm { get; init; }

    public bool DogIndication { get; init; }

    public bool HasDraw { get; init; }

    public double Draw { get; init; }

    public double StateRate { get; init; }

    public double EstablishmentMinimumRate { get; init; }

    public string[] EstablishmentProhibits { get; init; } = [];

    public string[] EstablishmentPermits { get; init; } = [];

    public GateDetection[] Detections { get; init; } = [];
}

public sealed class GateDetection
{
    public string Item { get; init; } = "";

    public string List { get; init; } = "";

    public bool ProhibitedEverywhere { get; init; }

    public double Confidence { get; init; }
}

/// <summary>
/// Seeded generator of lane cases with the mix a busy gate sees, plenty of alarms, finds and flags
/// so that every rule fires somewhere in the set.
/// </summary>
public static class GateCases
{
    public static (ScreeningCase[] Ours, GateInput[] Peer) Generate(RuleSet rules, int count, int seed)
    {
        var random = new Random(seed);
        var ours = new ScreeningCase[count];
        var peer = new GateInput[count];
        var categories = Enum.GetValues<PersonCategory>();
        var items = rules.Catalogue.Items;

        for (var i = 0; i < count; i++)
        {
            var category = categories[random.Next(categories.Length)];
            int? age = random.NextDouble() < 0.3 ? null : category == PersonCategory.Visitor && random.NextDouble() < 0.25 ? random.Next(0, 18) : random.Next(18, 80);
            var state = rules.AlertStates[random.Next(rules.AlertStates.Count)];
            var establishment = rules.Establishments[random.Next(rules.Establishments.Count)];
            var shutDown = random.NextDouble() < 0.1;

            var flags = PersonFlags.None;
            var flagIds = new List<string>();
            foreach (var flag in rules.Flags)
            {
                if (random.NextDouble() < 0.06)
                {
                    flags = flags.With(flag);
                    flagIds.Add(flag.Id);
                }
            }

            var authorised = ItemSet.Empty;
            var authorisedIds = new List<string>();
            if (random.NextDouble() < 0.15)
            {
                var item = items[random.Next(items.Count)];
                authorised = authorised.With(item);
                authorisedIds.Add(item.Id);
            }

            var detectionCount = random.NextDouble() < 0.5 ? 0 : random.Next(1, 4);
            var detections = new Detection[detectionCount];
            var peerDetections = new GateDetection[detectionCount];
            for (var d = 0; d < detectionCount; d++)
            {
                var item = items[random.Next(items.Count)];
                var confidence = (float)random.NextDouble();
                detections[d] = new Detection(item, confidence);
                peerDetections[d] = new GateDetection
                {
                    Item = item.Id,
                    List = item.ListLabel,
                    ProhibitedEverywhere = item.ProhibitedEverywhere,
                    Confidence = confidence,
                };
            }

            var metalAlarm = random.NextDouble() < 0.15;
            var dog = random.NextDouble() < 0.05;
            double? draw = random.NextDouble() < 0.9 ? random.NextDouble() : null;

            ours[i] = new ScreeningCase(rules)
            {
                Category = category,
                AgeYears = age,
                AlertState = state,
                Establishment = establishment,
                ShutDown = shutDown,
                Flags = flags,
                AuthorisedItems = authorised,
                MetalAlarm = metalAlarm,
                DogIndication = dog,
                Detections = detections,
                RandomDraw = draw,
            };
            peer[i] = new GateInput
            {
                Category = category.ToString(),
                Age = age ?? -1,
                Establishment = establishment.Id,
                StateLevel = state.Level,
                ShutDown = shutDown,
                Flags = [.. flagIds],
                AuthorisedItems = [.. authorisedIds],
                MetalAlarm = metalAlarm,
                DogIndication = dog,
                HasDraw = draw is not null,
                Draw = draw ?? 0,
                StateRate = state.RandomSearchRate,
                EstablishmentMinimumRate = establishment.MinimumRandomSearchRate,
                EstablishmentProhibits = [.. items.Where(it => establishment.Prohibits.Contains(it)).Select(it => it.Id)],
                EstablishmentPermits = [.. items.Where(it => establishment.Permits.Contains(it)).Select(it => it.Id)],
                Detections = peerDetections,
            };
        }

        return (ours, peer);
    }
}
