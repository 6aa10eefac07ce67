// Drives the L2 node as a wallet or app does, with ethers v6: the node's URL
// is argv[2], a funded private key argv[3]. It prints one JSON object with
// what it saw; internal/etherstest checks it.
const { ethers } = await import(process.env.ETHERS_MODULE);
const [url, key] = process.argv.slice(2);
const wsUrl = url.replace(/^http/, "ws") + "/ws";
const deadline = (ms, what) => new Promise((_, no) => setTimeout(() => no(new Error("timeout: " + what)), ms));
const out = {}; const t0 = Date.now(); const mark = (k) => { out["t_" + k] = Date.now() - t0; };

const provider = new ethers.JsonRpcProvider(url, undefined, { polling: true, pollingInterval: 100 });
const wallet = new ethers.Wallet(key, provider);
out.chainId = Number((await provider.getNetwork()).chainId);

const polled = [];
provider.on("block", (n) => polled.push(n));
const ws = new ethers.WebSocketProvider(wsUrl);
const pushed = [];
ws.on("block", (n) => pushed.push(n));

const to = ethers.Wallet.createRandom().address;
const before = await provider.getBalance(wallet.address);
const tx = await wallet.sendTransaction({ to, value: ethers.parseUnits("1.5", "gwei") });
out.hash = tx.hash; mark("sent");
const rcpt = await Promise.race([tx.wait(2), deadline(20000, "tx.wait(2)")]);
out.status = rcpt.status; mark("waited");
out.blockNumber = rcpt.blockNumber;
out.confirmations = await rcpt.confirmations();
out.received = (await provider.getBalance(to)).toString();
out.spent = (before - (await provider.getBalance(wallet.address))).toString();
out.fee = (rcpt.gasUsed * rcpt.gasPrice).toString();

// A block filter through the JSON-RPC filter methods.
const filter = await provider.send("eth_newBlockFilter", []);
let filtered = [];
for (let i = 0; i < 100 && filtered.length === 0; i++) {
  await new Promise((r) => setTimeout(r, 100));
  filtered = await provider.send("eth_getFilterChanges", [filter]);
}
out.filterBlocks = filtered.length; mark("filter");
out.uninstalled = await provider.send("eth_uninstallFilter", [filter]);

// State at old blocks, from the account history.
out.receivedBefore = (await provider.getBalance(to, rcpt.blockNumber - 1)).toString();
out.receivedAt = (await provider.getBalance(to, rcpt.blockNumber)).toString();
out.nonceBefore = await provider.getTransactionCount(wallet.address, rcpt.blockNumber - 1);
out.nonceAt = await provider.getTransactionCount(wallet.address, rcpt.blockNumber);

// A nonce gap: the later transaction is answered at once (queued), and both
// are mined once the gap fills.
const next = await provider.getTransactionCount(wallet.address, "latest");
const gapStart = Date.now();
const later = await wallet.sendTransaction({ to, value: 2n, nonce: next + 1 });
out.gapSendMs = Date.now() - gapStart;
out.gapStatus = (await provider.send("rollup_getTransactionStatus", [later.hash])).status;
const filler = await wallet.sendTransaction({ to, value: 1n, nonce: next });
const [rLater, rFiller] = await Promise.race([Promise.all([later.wait(), filler.wait()]), deadline(20000, "gap filled")]);
out.gapMined = rLater.status === 1 && rFiller.status === 1 && rLater.blockNumber >= rFiller.blockNumber; mark("gap");

await Promise.race([
  (async () => { while (polled.length < 2 || pushed.length < 2) await new Promise((r) => setTimeout(r, 50)); })(),
  deadline(20000, "block events"),
]);
out.polledBlocks = polled.length; mark("blocks");
out.pushedBlocks = pushed.length;
out.pushedInOrder = pushed.every((n, i) => i === 0 || n === pushed[i - 1] + 1);
provider.destroy();
await ws.destroy();
mark("end");
console.log(JSON.stringify(out));
process.exit(0); // without waiting for sockets to linger
