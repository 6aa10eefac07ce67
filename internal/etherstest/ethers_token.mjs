// Uses a bridged token as a dapp does, with ethers v6's Contract and the
// standard ERC-20 ABI: the node's URL is argv[2], a private key holding ETH
// and tokens argv[3], the token's L2 address argv[4]. It prints one JSON
// object with what it saw; internal/etherstest checks it.
const { ethers } = await import(process.env.ETHERS_MODULE);
const [url, key, tokenAddr] = process.argv.slice(2);
const wsUrl = url.replace(/^http/, "ws") + "/ws";
const deadline = (ms, what) => new Promise((_, no) => setTimeout(() => no(new Error("timeout: " + what)), ms));
const abi = [
  "function name() view returns (string)",
  "function symbol() view returns (string)",
  "function decimals() view returns (uint8)",
  "function totalSupply() view returns (uint256)",
  "function balanceOf(address) view returns (uint256)",
  "function allowance(address,address) view returns (uint256)",
  "function transfer(address to, uint256 amount) returns (bool)",
  "event Transfer(address indexed from, address indexed to, uint256 value)",
];
const out = {};
const provider = new ethers.JsonRpcProvider(url, undefined, { polling: true, pollingInterval: 100 });
const wallet = new ethers.Wallet(key, provider);
const token = new ethers.Contract(tokenAddr, abi, wallet);
const ws = new ethers.WebSocketProvider(wsUrl);
const tokenWs = new ethers.Contract(tokenAddr, abi, ws);

out.code = (await provider.getCode(tokenAddr)) !== "0x";
out.symbol = await token.symbol();
out.decimals = Number(await token.decimals());
out.allowance = (await token.allowance(wallet.address, wallet.address)).toString();
const to = ethers.Wallet.createRandom().address;
const amount = ethers.parseUnits("12.5", out.decimals);
out.amount = amount.toString();
const before = await token.balanceOf(wallet.address);
out.before = before.toString();

// Listeners: by polling (filters) and over WebSocket (eth_subscribe logs).
// A listener gets (from, to, value, payload), or the payload alone for a
// topic filter: read the decoded log from the payload, the last argument.
const polled = []; const pushed = [];
const record = (list) => (...a) => {
  const args = a[a.length - 1].args;
  list.push({ from: args[0], dest: args[1], value: args[2].toString() });
};
await token.on(token.filters.Transfer(wallet.address), record(polled));
await tokenWs.on("Transfer", record(pushed));
await new Promise((r) => setTimeout(r, 300)); // the listeners install their filters

const tx = await token.transfer(to, amount);
const rcpt = await Promise.race([tx.wait(), deadline(20000, "transfer mined")]);
out.status = rcpt.status;
out.logs = rcpt.logs.length;
const parsed = token.interface.parseLog(rcpt.logs[0]);
out.logName = parsed.name;
out.logFrom = parsed.args[0]; out.logTo = parsed.args[1]; out.logValue = parsed.args[2].toString();
out.received = (await token.balanceOf(to)).toString();
out.after = (await token.balanceOf(wallet.address)).toString();
out.gasUsed = rcpt.gasUsed.toString();
out.from = wallet.address; out.to = to;

// The events arrive, and queryFilter (eth_getLogs) finds the log.
await Promise.race([
  (async () => { while (polled.length < 1 || pushed.length < 1) await new Promise((r) => setTimeout(r, 50)); })(),
  deadline(20000, "Transfer events"),
]);
out.polled = polled; out.pushed = pushed.filter((e) => e.dest === to);
const found = await token.queryFilter(token.filters.Transfer(null, to), rcpt.blockNumber, rcpt.blockNumber);
out.queried = found.length;

// A transfer of more than the balance: ethers estimates first and refuses,
// with the revert reason.
try {
  await token.transfer(to, before * 10n);
  out.overdraft = "sent";
} catch (e) {
  out.overdraft = e.code; out.overdraftReason = e.reason || e.shortMessage;
}
await token.removeAllListeners(); await tokenWs.removeAllListeners();
provider.destroy();
await ws.destroy();
console.log(JSON.stringify(out, (_, v) => (typeof v === "bigint" ? v.toString() : v)));
process.exit(0);
