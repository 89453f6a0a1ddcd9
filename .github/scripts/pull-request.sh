#!/usr/bin/env bash
# Opens a pull request from BRANCH with the changes in PATHS, or updates the open one: the branch
# is made anew from the checked-out commit each time, so the pull request shows this run's changes.
# Used by sync.yml and upgrade.yml. Needs GH_TOKEN (the workflow's token) and GITHUB_REPOSITORY.
# usage: pull-request.sh BRANCH TITLE BODY-FILE PATH...
set -euo pipefail
branch=$1 title=$2 body=$3
shift 3
if [ ! -f "$body" ]; then
  echo "Nothing changed: no pull request."
  exit 0
fi
git config user.name 'github-actions[bot]'
git config user.email '41898282+github-actions[bot]@users.noreply.github.com'
git switch --force-create "$branch"
git add --all -- "$@"
git commit --quiet --message "$title" --message "$(head -n 1 "$body")"
git push --force "https://x-access-token:${GH_TOKEN}@github.com/${GITHUB_REPOSITORY}.git" "$branch"
if [ "$(gh pr list --head "$branch" --state open --json number --jq length)" != "0" ]; then
  gh pr edit "$branch" --body-file "$body"
else
  gh pr create --head "$branch" --title "$title" --body-file "$body"
fi
