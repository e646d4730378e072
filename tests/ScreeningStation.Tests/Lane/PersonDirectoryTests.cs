using Screening.Rules.Model;
using Screening.Station.Lane;

namespace Screening.Station.Tests.Lane;

/// <summary>The card directory file as the running lane keeps it: a card reported lost refuses without a restart.</summary>
public sealed class PersonDirectoryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "screening-people-" + Guid.NewGuid().ToString("N"));

    public PersonDirectoryTests() => Directory.CreateDirectory(_folder);

    private string File_ => Path.Combine(_folder, PersonDirectory.FileName);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_card_marked_lost_in_the_file_is_lost_for_the_running_lane_within_seconds()
    {
        Write(lost: false);
        using var directory = PersonDirectory.Load(File_);
        var reloads = 0;
        string? refusal = null;
        directory.Watch(File_, TimeProvider.System, _ => Interlocked.Increment(ref reloads), problem => refusal = problem);
        Assert.False(directory.Find("12:1001")!.Lost);

        Write(lost: true);

        Assert.True(await Eventually(() => directory.Find("12:1001")!.Lost), "the lost card was not picked up");
        Assert.True(reloads >= 1);
        Assert.Null(refusal);
    }

    [Fact]
    public async Task A_broken_file_is_refused_with_its_reason_and_the_last_good_directory_stays()
    {
        Write(lost: true);
        using var directory = PersonDirectory.Load(File_);
        string? refusal = null;
        directory.Watch(File_, TimeProvider.System, _ => { }, problem => refusal = problem);

        File.WriteAllText(File_, """{ "cards": [ { "card": "12:1001", "category": "Staff" """);

        Assert.True(await Eventually(() => refusal is not null), "the broken file was not reported");
        Assert.Contains(PersonDirectory.FileName, refusal, StringComparison.Ordinal);
        Assert.True(directory.Find("12:1001")!.Lost, "the last good directory (card lost) must stay in force");
    }

    private void Write(bool lost) => File.WriteAllText(File_, $$"""
        { "cards": [ { "card": "12:1001", "category": "{{PersonCategory.Staff}}", "reference": "S-001", "lost": {{(lost ? "true" : "false")}} } ] }
        """);

    private static async Task<bool> Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        return condition();
    }
}
