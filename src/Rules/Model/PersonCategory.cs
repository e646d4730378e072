namespace Screening.Rules.Model;

/// <summary>Who is coming through the lane. A visitor under 18 is a <see cref="Visitor"/> with an age.</summary>
public enum PersonCategory
{
    Staff,
    Contractor,
    OfficialVisitor,
    Visitor,
    Prisoner,
}
