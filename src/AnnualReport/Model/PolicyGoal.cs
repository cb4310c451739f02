namespace AnnualReport.Model;

/// <summary>A policy goal for an indicator: the target value, the year it should be reached, and who set it.</summary>
/// <param name="Group">The comparison group the goal applies to, or null for all the indicator shows.</param>
public sealed record PolicyGoal(double Value, int? By, string SetBy, string? Group);
