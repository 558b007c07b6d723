// Reads a JSON array of strings on stdin and prints, as a JSON array, twitter-text's parseTweet for each
// (the v3 defaults that X's web composer uses). One process for the whole batch keeps the test fast.
"use strict";
const twitter = require("twitter-text");

const chunks = [];
process.stdin.on("data", (chunk) => chunks.push(chunk));
process.stdin.on("end", () => {
  const texts = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  const results = texts.map((text) => {
    try {
      return twitter.parseTweet(text);
    } catch (error) {
      return { error: String(error) };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
