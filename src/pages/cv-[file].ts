import type { APIRoute, GetStaticPaths } from 'astro';
import { mediaType, variantOutput, variants } from '../data/pdf.ts';
import { type Variant, variantFiles } from '../model/variants.ts';

/** The files of the CV variants (cv.variants): /cv-<name>.pdf, .txt, .md, .csv. */
export const getStaticPaths = (() => variants.flatMap((variant) => variantFiles(variant).map((file) => ({ params: { file }, props: { variant } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ variant: Variant }, { file: string }> = async ({ params, props }) =>
  new Response((await variantOutput(props.variant)).files.get(params.file), { headers: { 'Content-Type': mediaType(params.file) } });
