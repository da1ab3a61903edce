#pragma once

// Benchmarks here compare two things measured in the same run, because the
// machines are shared and noisy: absolute times drift, ratios hold.
#include <benchmark/benchmark.h>
#include <map>
#include <string>

namespace unblock::bench {

// Prints as usual and remembers each benchmark's mean time per iteration.
class RatioReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override {
        // With repetitions, the mean stands for the benchmark.
        for (const Run& run : runs) {
            const bool mean = run.run_type == Run::RT_Aggregate && run.aggregate_name == "mean";
            if (run.run_type == Run::RT_Iteration || mean)
                m_times[run.run_name.function_name] = run.GetAdjustedRealTime();
        }
        ConsoleReporter::ReportRuns(runs);
    }
    double time(const std::string& name) const {
        auto it = m_times.find(name);
        return it == m_times.end() ? 0.0 : it->second;
    }

private:
    std::map<std::string, double> m_times;
};

} // namespace unblock::bench
