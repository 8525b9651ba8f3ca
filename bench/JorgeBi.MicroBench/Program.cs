using BenchmarkDotNet.Running;
using JorgeBi.MicroBench;

// Every benchmark class of this assembly; pick with --filter, e.g. --filter '*Wilson*'.
BenchmarkSwitcher.FromAssembly(typeof(SampleData).Assembly).Run(args);
