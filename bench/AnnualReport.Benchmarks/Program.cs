using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(AnnualReport.Benchmarks.StageBenchmarks).Assembly).Run(args);
