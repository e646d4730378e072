namespace Screening.Rules.Model;

/// <summary>
/// A state of alert from the rule file. <see cref="Level"/> is its position in the file's order
/// (0 lowest); a higher state inherits every overlay of the states below it.
/// </summary>
public sealed class AlertState
{
    internal AlertState(int level, string id, string description, double randomSearchRate)
    {
        Level = level;
        Id = id;
        Description = description;
        RandomSearchRate = randomSearchRate;
    }

    public int Level { get; }

    public string Id { get; }

    public string Description { get; }

    /// <summary>Share of people selected for a random search at this state, in [0, 1].</summary>
    public double RandomSearchRate { get; }

    public override string ToString() => Id;
}
