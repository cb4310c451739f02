namespace AnnualReport.Comparing;

/// <summary>One run of changed words in a text: the words taken out (<see cref="Old"/>) and put in (<see cref="New"/>); either may be empty.</summary>
public sealed record WordChange(string Old, string New);
