using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Screening.Station.OfficerConsole;

/// <summary>
/// The one-line answer to a form post, carried across its redirect. Read only by a page's full GET:
/// the live panel fetches hit the same page model, and a [TempData] property would let them consume
/// the message before the redirected page shows it.
/// </summary>
internal static class PageMessage
{
    public static void Put(ITempDataDictionary tempData, string message, bool problem)
    {
        tempData["Result"] = message;
        tempData["ResultIsProblem"] = problem;
    }

    public static (string? Message, bool Problem) Take(ITempDataDictionary tempData) =>
        (tempData["Result"] as string, tempData["ResultIsProblem"] as bool? ?? false);
}
