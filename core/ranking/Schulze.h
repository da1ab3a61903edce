#pragma once

#include <vector>

namespace unblock {

// The Schulze method over `candidateCount` candidates. Each ballot lists
// candidate indices from most to least preferred; candidates a ballot leaves
// out rank equal, below those it names. Returns, for each candidate, how many
// others it beats by the strongest-path relation: the Schulze order sorts by
// it, and equal counts mean a tie (the relation is transitive).
std::vector<int> schulzeWins(int candidateCount, const std::vector<std::vector<int>>& ballots);

} // namespace unblock
