using FsCheck.Xunit;
using Screening.Rules.Model;
using Screening.Rules.Tests.Support;

namespace Screening.Rules.Tests.Properties;

/// <summary>What must hold for every person at every state, whatever the generator comes up with.</summary>
[Properties(Arbitrary = [typeof(GateArbitraries)], MaxTest = 500)]
public sealed class VerdictProperties
{
    private static readonly string[] States = [.. Gate.Default.AlertStates.Select(s => s.Id)];

    [Property]
    public void Raising_the_alert_state_never_turns_a_Search_or_Refuse_into_Clear(CaseSpec person)
    {
        var outcomes = States.Select(s => person.Build(s).Decide().Outcome).ToArray();

        for (var lower = 0; lower < States.Length; lower++)
        {
            for (var higher = lower + 1; higher < States.Length; higher++)
            {
                if (outcomes[lower] != Outcome.Clear)
                {
                    Assert.True(outcomes[higher] != Outcome.Clear,
                        $"{outcomes[lower]} at {States[lower]} but Clear at {States[higher]}");
                }
            }
        }
    }

    [Property]
    public void Raising_the_alert_state_never_drops_a_required_search(CaseSpec person)
    {
        var lower = person.Build(States[0]).Decide();
        foreach (var state in States.Skip(1))
        {
            var higher = person.Build(state).Decide();
            if (lower.Outcome == Outcome.Search && higher.Outcome == Outcome.Search)
            {
                Assert.True((lower.Searches & ~higher.Searches) == Searches.None,
                    $"{lower.Searches} at {lower.AlertState} but only {higher.Searches} at {state}");
            }

            lower = higher;
        }
    }

    [Property]
    public void Shutting_down_never_turns_a_Search_or_Refuse_into_Clear(CaseSpec person)
    {
        foreach (var state in States)
        {
            var open = person.Build(state, shutDown: false).Decide();
            var shut = person.Build(state, shutDown: true).Decide();

            Assert.True(open.Outcome == Outcome.Clear || shut.Outcome != Outcome.Clear,
                $"{open.Outcome} at {state} but Clear when shut down");
        }
    }

    [Property]
    public void Only_Clear_frees_the_turnstile(CaseSpec person)
    {
        foreach (var state in States)
        {
            var verdict = person.Build(state).Decide();

            Assert.Equal(verdict.Outcome == Outcome.Clear, verdict.Turnstile == TurnstileCommand.FreeOnce);
        }
    }

    [Property]
    public void A_reported_lost_card_never_frees_the_turnstile(CaseSpec person)
    {
        foreach (var state in States)
        {
            var verdict = person.Build(state).Flagged("lost-card").Decide();

            Assert.NotEqual(TurnstileCommand.FreeOnce, verdict.Turnstile);
        }
    }

    [Property]
    public void A_visitor_under_18_is_never_full_searched(CaseSpec person)
    {
        foreach (var state in States)
        {
            var c = person.Build(state);
            c.Category = PersonCategory.Visitor;
            c.AgeYears = Math.Clamp(person.Age ?? 10, 0, 17);

            Assert.False(c.Decide().Has(Searches.FullSearch), $"a {c.AgeYears}-year-old visitor was full searched at {state}");
        }
    }

    [Property]
    public void A_metal_detector_alarm_is_never_cleared_for_someone_who_walked_the_arch(CaseSpec person)
    {
        var c = person.Build(States[0]).Alarming("left-low");
        c.Flags = PersonFlags.None;

        var verdict = c.Decide();

        Assert.NotEqual(Outcome.Clear, verdict.Outcome);
        Assert.True(verdict.Has(Searches.Wand | Searches.RubDown));
    }

    [Property]
    public void The_detector_result_makes_no_difference_to_a_medically_exempt_person(CaseSpec person)
    {
        var withAlarm = person.Build(States[0]).Flagged("medical-exemption");
        withAlarm.MetalAlarm = true;
        var withoutAlarm = person.Build(States[0]).Flagged("medical-exemption");
        withoutAlarm.MetalAlarm = false;

        var a = withAlarm.Decide();
        var b = withoutAlarm.Decide();

        Assert.Equal(b.Outcome, a.Outcome);
        Assert.Equal(b.Searches, a.Searches);
        Assert.Equal(b.FiredRules, a.FiredRules);
    }

    [Property]
    public void A_List_A_find_is_always_refused(CaseSpec person)
    {
        var verdict = person.Build(States[0]).Carrying("firearm", 0.9f).Decide();

        Assert.Equal(Outcome.Refuse, verdict.Outcome);
        Assert.True(verdict.NotifySecurity);
    }

    [Property]
    public void A_dog_indication_on_a_visitor_never_clears(CaseSpec person)
    {
        foreach (var state in States)
        {
            var c = person.Build(state).DogIndicates();
            c.Category = PersonCategory.Visitor;

            Assert.NotEqual(Outcome.Clear, c.Decide().Outcome);
        }
    }

    [Property]
    public void A_refused_visitor_never_has_a_closed_visit(CaseSpec person)
    {
        foreach (var state in States)
        {
            var c = person.Build(state).DogIndicates();
            c.Category = PersonCategory.Visitor;

            var verdict = c.Decide();

            if (verdict.Outcome == Outcome.Refuse)
            {
                Assert.False(verdict.Conditions.HasFlag(VerdictConditions.ClosedVisit), $"Refuse with ClosedVisit at {state}");
            }
        }
    }

    [Property]
    public void A_find_is_never_cleared_unless_it_is_authorised(CaseSpec person)
    {
        foreach (var (item, confidence) in person.Detections)
        {
            if (confidence < 0.25f || person.Authorised.Contains(item))
            {
                continue;
            }

            var it = Gate.Item(item);
            var prohibitedHere = it.ProhibitedEverywhere || Gate.Establishment(person.Establishment).IsProhibited(it);
            if (prohibitedHere || it.List == global::Screening.Rules.Catalogue.ItemList.A)
            {
                Assert.NotEqual(Outcome.Clear, person.Build(States[0]).Decide().Outcome);
            }
        }
    }

    [Property]
    public void Every_stop_is_explained_and_every_verdict_names_its_rule_set(CaseSpec person)
    {
        foreach (var state in States)
        {
            var verdict = person.Build(state).Decide();

            Assert.Equal(Gate.Default.Hash, verdict.RuleSetHash);
            if (verdict.Outcome != Outcome.Clear)
            {
                Assert.NotEmpty(verdict.FiredRules);
                Assert.NotEmpty(verdict.Reasons);
            }

            Assert.All(verdict.FiredRules, id => Assert.False(string.IsNullOrWhiteSpace(id)));
        }
    }

    [Property]
    public void A_decision_replays_exactly(CaseSpec person)
    {
        var first = person.Build(States[2]).Decide();
        var again = person.Build(States[2]).Decide();

        Assert.Equal(first.Outcome, again.Outcome);
        Assert.Equal(first.Searches, again.Searches);
        Assert.Equal(first.FiredRules, again.FiredRules);
        Assert.Equal(first.Reasons, again.Reasons);
        Assert.Equal(first.FlaggedItems, again.FlaggedItems);
    }

    [Property]
    public void A_search_outcome_always_says_what_to_search(CaseSpec person)
    {
        foreach (var state in States)
        {
            var verdict = person.Build(state).Decide();

            if (verdict.Outcome == Outcome.Search)
            {
                Assert.NotEqual(Searches.None, verdict.Searches);
            }
        }
    }
}
