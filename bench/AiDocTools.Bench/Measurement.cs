using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;

namespace AiDocTools.Bench
{
    /// <summary>Times a step several times and keeps the median, and the step's peak working set.</summary>
    public static class Measurement
    {
        /// <summary>Runs <paramref name="step"/> <paramref name="runs"/> times; returns the median seconds and the highest working set seen.</summary>
        public static (double Seconds, long PeakBytes) Median(int runs, Action step)
        {
            var times = new List<double>();
            long peak = 0;
            for (var i = 0; i < runs; i++)
            {
                using var sampler = new WorkingSetSampler();
                var watch = Stopwatch.StartNew();
                step();
                watch.Stop();
                times.Add(watch.Elapsed.TotalSeconds);
                peak = Math.Max(peak, sampler.Stop());
            }

            return (Percentile(times, 50), peak);
        }

        public static double Percentile(IReadOnlyList<double> values, double percent)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            if (sorted.Length == 0)
            {
                return double.NaN;
            }

            var rank = percent / 100.0 * (sorted.Length - 1);
            var low = (int)Math.Floor(rank);
            var high = (int)Math.Ceiling(rank);
            return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
        }

        /// <summary>
        /// Samples the process working set while a step runs. The process-wide peak cannot be reset between steps,
        /// so each step gets its own sampler, after a full collection so earlier steps' garbage does not count.
        /// </summary>
        private sealed class WorkingSetSampler : IDisposable
        {
            private readonly Thread _thread;
            private volatile bool _running = true;
            private long _peak;

            public WorkingSetSampler()
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                _thread = new Thread(Sample) { IsBackground = true };
                _thread.Start();
            }

            public long Stop()
            {
                _running = false;
                _thread.Join();
                return _peak;
            }

            public void Dispose() => _running = false;

            private void Sample()
            {
                using var process = Process.GetCurrentProcess();
                while (_running)
                {
                    process.Refresh();
                    _peak = Math.Max(_peak, process.WorkingSet64);
                    Thread.Sleep(10);
                }
            }
        }
    }
}
