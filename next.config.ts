import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The Prisma client and the pg driver stay plain Node modules on the server.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "mailparser", "nodemailer", "graphile-worker"],
};

export default nextConfig;
