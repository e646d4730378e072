namespace Screening.Rules.Catalogue;

/// <summary>
/// Which list an item sits on. A, B and C are the Prison Act 1952 s.40A–40F lists (A is the
/// gravest offence to convey); Local is what an establishment prohibits on its own authority.
/// </summary>
public enum ItemList
{
    A,
    B,
    C,
    Local,
}
