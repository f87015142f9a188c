using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(PartyBot.Benchmarks.CommitteeAttendance.RotationBenchmark).Assembly).Run(args);
