// Starts the official Bluesky PDS (@atproto/pds) on 127.0.0.1 with a PLC directory of its own, for the
// tests in tests/test_bluesky_official_pds.py. Usage: node start.mjs DATA_DIR
//
// The PLC directory is a small in-memory server built on @did-plc/lib, the library plc.directory itself
// uses to check operations: a DID's create operation must hash to the DID and every later operation must
// be signed by a rotation key, so the PDS's identity work runs for real without the internet.
// When both servers listen, one JSON line goes to stdout: {"pds": url, "plc": url, "admin_password": ...}.
// They stop on SIGTERM or SIGINT, or when stdin closes (the test process died).
import crypto from 'node:crypto'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import * as plc from '@did-plc/lib'
import { Secp256k1Keypair } from '@atproto/crypto'
import { PDS, envToCfg, envToSecrets, readEnv } from '@atproto/pds'

const HOST = '127.0.0.1'

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, HOST, () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
}

async function readJson(req) {
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  return JSON.parse(Buffer.concat(chunks).toString('utf8'))
}

function send(res, status, body) {
  const data = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) })
  res.end(data)
}

/** The PLC directory's read and write routes, as plc.directory answers them, over an in-memory log. */
function startPlc() {
  const logs = new Map() // did -> [{ did, operation, cid, nullified, createdAt }]
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, `http://${HOST}`)
      const [didPart, ...rest] = url.pathname.slice(1).split('/')
      const did = decodeURIComponent(didPart)
      if (url.pathname === '/_health') return send(res, 200, { version: 'crier-test-plc' })
      if (!did.startsWith('did:plc:')) return send(res, 404, { message: 'not found' })
      const entries = logs.get(did) ?? []
      if (req.method === 'POST' && rest.length === 0) {
        const op = await readJson(req)
        if (entries.length === 0) {
          await plc.assureValidCreationOp(did, op)
        } else {
          const { nullified } = await plc.assureValidNextOp(did, entries, op)
          for (const entry of entries) {
            if (nullified.some((cid) => cid.equals(entry.cid))) entry.nullified = true
          }
        }
        const { cid } = await plc.getLastOpWithCid([op])
        entries.push({ did, operation: op, cid, nullified: false, createdAt: new Date() })
        logs.set(did, entries)
        return send(res, 200, {})
      }
      const ops = entries.filter((e) => !e.nullified).map((e) => e.operation)
      if (req.method !== 'GET' || ops.length === 0) {
        return send(res, 404, { message: `DID not registered: ${did}` })
      }
      const data = await plc.validateOperationLog(did, ops)
      const tail = rest.join('/')
      if (data === null) return send(res, 410, { message: `DID not available: ${did}` })
      if (tail === '') return send(res, 200, plc.formatDidDoc(data))
      if (tail === 'data') return send(res, 200, data)
      if (tail === 'log') return send(res, 200, ops)
      if (tail === 'log/last') return send(res, 200, ops[ops.length - 1])
      if (tail === 'log/audit') {
        return send(res, 200, entries.map((e) => ({ ...e, cid: e.cid.toString(), createdAt: e.createdAt.toISOString() })))
      }
      return send(res, 404, { message: 'not found' })
    } catch (err) {
      return send(res, 400, { message: String(err?.message ?? err) })
    }
  })
  return new Promise((resolve) => server.listen(0, HOST, () => resolve(server)))
}

async function main() {
  const dataDir = process.argv[2]
  if (!dataDir) throw new Error('usage: node start.mjs DATA_DIR')
  const plcServer = await startPlc()
  const plcUrl = `http://${HOST}:${plcServer.address().port}`
  const port = await freePort()
  const rotationKey = await Secp256k1Keypair.create({ exportable: true })
  const adminPassword = crypto.randomBytes(16).toString('hex')
  Object.assign(process.env, {
    PDS_HOSTNAME: 'localhost',
    PDS_PORT: String(port),
    PDS_DEV_MODE: 'true',
    PDS_INVITE_REQUIRED: 'false',
    PDS_DATA_DIRECTORY: dataDir,
    PDS_BLOBSTORE_DISK_LOCATION: path.join(dataDir, 'blobs'),
    PDS_DID_PLC_URL: plcUrl,
    PDS_JWT_SECRET: crypto.randomBytes(32).toString('hex'),
    PDS_ADMIN_PASSWORD: adminPassword,
    PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: Buffer.from(await rotationKey.export()).toString('hex'),
  })
  const env = readEnv()
  const pds = await PDS.create(envToCfg(env), envToSecrets(env))
  const listen = pds.app.listen.bind(pds.app)
  pds.app.listen = (p, ...rest) => listen(p, HOST, ...rest) // loopback only, never every interface
  await pds.start()

  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    try {
      await pds.destroy()
    } finally {
      plcServer.close()
      process.exit(0)
    }
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  process.stdin.on('end', stop)
  process.stdin.on('error', stop)
  process.stdin.resume()
  process.stdout.write(JSON.stringify({ pds: `http://${HOST}:${port}`, plc: plcUrl, admin_password: adminPassword }) + '\n')
}

main().catch((err) => {
  console.error(err?.stack ?? String(err))
  process.exit(1)
})
