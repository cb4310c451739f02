namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// One unknown count of the attack: a region on the lowest level of the raw file (after old codes
/// merged into their new code), its county and its public denominator. <see cref="TrueNumerator"/>
/// is for the test's judgement only; the attack never reads it.
/// </summary>
internal sealed record Unknown(string Code, string County, double Denominator, double TrueNumerator);
