namespace AnnualReport.Analysis;

/// <summary>
/// Where a series stands against its policy goal. <see cref="Distance"/> is how far the latest
/// value is from the target in the direction that counts (positive: still short of it);
/// <see cref="Projected"/> is the trend line's value in the goal's year; <see cref="OnTrack"/>
/// says whether that reaches the target. Both are null when the goal has no year or there is no trend.
/// </summary>
public sealed record GoalResult(double Target, int? By, double Distance, bool Reached, double? Projected, bool? OnTrack);
